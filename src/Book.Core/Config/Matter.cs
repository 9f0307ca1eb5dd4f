namespace Book.Core.Config;

/// <summary>Where a chapter sits in the book; only <see cref="Main"/> chapters are numbered.</summary>
public enum Matter
{
    Front,
    Main,
    Back,
}
