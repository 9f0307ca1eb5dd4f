namespace Book.Browser.Tests;

/// <summary>A fact that is skipped, saying why, when Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath}: run `sudo bash .ci/install` (Debian package chromium).";
        }
    }
}
