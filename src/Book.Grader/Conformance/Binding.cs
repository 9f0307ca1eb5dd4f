namespace Book.Grader.Conformance;

/// <summary>The result of binding a node test to a kernel: a call to make, or the reason it is skipped.</summary>
public sealed record Binding(KernelCall? Call, string? SkipReason)
{
    public static Binding Run(KernelCall call) => new(call, null);

    public static Binding Skip(string reason) => new(null, reason);
}
