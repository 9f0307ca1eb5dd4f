namespace Book.Architecture.Tests.Native;

/// <summary>
/// A fact that publishes the native build of the CLI: it needs a C toolchain and zlib to link (clang, or gcc,
/// which .ci/install provides with zlib1g-dev). Skipped, with the reason, on a machine that has neither.
/// </summary>
public sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "the native build is published and tested for linux-x64 here";
        }
        else if (!File.Exists("/usr/bin/clang") && !File.Exists("/usr/bin/gcc"))
        {
            Skip = "neither clang nor gcc is installed: the native build of book cannot be linked (apt-get install gcc libc6-dev zlib1g-dev)";
        }
        else if (!File.Exists("/usr/lib/x86_64-linux-gnu/libz.so") && !File.Exists("/usr/lib/aarch64-linux-gnu/libz.so"))
        {
            Skip = "zlib's development files are missing: the native build of book cannot be linked (apt-get install zlib1g-dev)";
        }
    }
}
