namespace Book.Grader.Compilation;

/// <summary>One C# file to compile: the path shown in diagnostics (never absolute) and its text.</summary>
public sealed record SourceFile(string DisplayPath, string Text)
{
    /// <summary>
    /// The .cs files of a submission: a single file, or every .cs file under a folder (ordinal order,
    /// paths shown relative to the folder). Skips bin/ and obj/ so a student's local build is ignored.
    /// </summary>
    public static IReadOnlyList<SourceFile> Read(string path)
    {
        if (File.Exists(path))
        {
            return [new SourceFile(Path.GetFileName(path), File.ReadAllText(path))];
        }

        var root = Path.GetFullPath(path);
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => !rel.StartsWith("bin/", StringComparison.Ordinal) && !rel.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(rel => new SourceFile(rel, File.ReadAllText(Path.Combine(root, rel))))
            .ToList();
    }

    /// <summary>Files of an exercise folder, shown as <c>folder/name.cs</c>.</summary>
    public static IReadOnlyList<SourceFile> ReadAll(IEnumerable<string> files, string relativeTo) =>
        files.Select(f => new SourceFile(Path.GetRelativePath(relativeTo, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();
}
