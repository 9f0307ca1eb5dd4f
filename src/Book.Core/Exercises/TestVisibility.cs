namespace Book.Core.Exercises;

/// <summary>Public groups run in <c>book test</c> and are published; hidden ones only in <c>book grade</c>.</summary>
public enum TestVisibility
{
    Public,
    Hidden,
}
