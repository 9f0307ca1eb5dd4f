namespace Book.Grader.Harness;

/// <summary>
/// One call of a kernel. Arguments follow the method's parameter order; output arrays are
/// allocated, zero-filled.
/// </summary>
public sealed record KernelCase(string Name, string Method, object[] Arguments);
