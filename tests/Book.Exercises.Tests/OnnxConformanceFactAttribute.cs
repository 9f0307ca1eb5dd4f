namespace Book.Exercises.Tests;

/// <summary>A fact that is skipped (with the reason shown) when ../shared/conformance/onnx-node is absent.</summary>
public sealed class OnnxConformanceFactAttribute : FactAttribute
{
    public OnnxConformanceFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.OnnxNodeTests))
        {
            Skip = $"ONNX node tests not found at {RepositoryPaths.OnnxNodeTests} (the shared test data is absent)";
        }
    }
}
