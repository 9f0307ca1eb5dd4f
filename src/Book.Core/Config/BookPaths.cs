using Book.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Config;

/// <summary>
/// Resolves book-relative paths named in YAML: reports a path that leaves the book folder
/// (it would let a chapter read or publish any file of the machine) and a file that does not exist.
/// </summary>
public sealed class BookPaths(YamlFieldReader reader, string bookRoot)
{
    /// <summary>The absolute path of an existing file inside the book folder, or null after a diagnostic.</summary>
    public string? File(YamlNode node)
    {
        var text = reader.AsString(node, "path");
        if (text is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(bookRoot, text));
        if (!IsInside(bookRoot, path))
        {
            reader.Error(node, DiagnosticCodes.PathEscapesBook, $"'{text}' is outside the book folder {bookRoot}; move the file into it");
            return null;
        }

        if (!System.IO.File.Exists(path))
        {
            reader.Error(node, DiagnosticCodes.MissingFile, $"file not found: {Relative(path)} (paths are relative to the book folder {bookRoot})");
            return null;
        }

        return path;
    }

    public string Relative(string path) => Path.GetRelativePath(bookRoot, path).Replace('\\', '/');

    public static bool IsInside(string folder, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }
}
