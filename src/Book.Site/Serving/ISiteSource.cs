namespace Book.Site.Serving;

/// <summary>Where <see cref="SiteServer"/> finds a site's files: a built folder, or a build kept in memory.</summary>
public interface ISiteSource
{
    /// <summary>The content of the file at a site-relative path ('/'-separated, no leading '/'), or null.</summary>
    byte[]? Read(string path);
}
