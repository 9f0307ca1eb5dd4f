using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Book.Grader.Benchmarking;

/// <summary>
/// Whether a compiled kernel may run on more than one core: it refers to a type of System.Threading
/// (Parallel.For is the allowed way; with the API check off, threads and tasks too) or to PLINQ. Read
/// from the assembly's type references, so it does not depend on how the source spelled the call.
/// A batch times such a kernel with the machine to itself; a one-core kernel is timed while other
/// submissions' compiling and tests use the other core (<see cref="Grading.TimedPhaseGate"/>).
/// </summary>
public static class CoreUse
{
    public static bool MayUseSeveralCores(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image, writable: false));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var ns = metadata.GetString(type.Namespace);
            var name = metadata.GetString(type.Name);
            if (ns == "System.Threading" || ns.StartsWith("System.Threading.", StringComparison.Ordinal)
                || (ns == "System.Linq" && name.StartsWith("Parallel", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
