using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Book.Site.Layout;

/// <summary>Serves <c>templates/*</c> of the theme to Fluid's <c>include</c> and <c>render</c> tags.</summary>
internal sealed class ThemeTemplateProvider(ThemeFiles files) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var path = "templates/" + subpath.TrimStart('/');
        return files.ReadBytes(path) is { } bytes ? new ThemeFileInfo(path, bytes) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(string path, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(path);

        // Constant: templates are parsed once per ApplyLayout; `book serve` makes a new one when the theme changes.
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
