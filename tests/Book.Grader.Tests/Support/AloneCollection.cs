namespace Book.Grader.Tests.Support;

/// <summary>Tests that measure time or CPU use run after the others, with nothing beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
