namespace Book.Core.Config;

/// <summary>
/// A label that lives in another book or volume (<c>external-labels:</c> in site.yml): references
/// to it render as a link to <see cref="Url"/> showing <see cref="Title"/> instead of failing.
/// </summary>
public sealed record ExternalLabel(string Id, string Title, string Url);
