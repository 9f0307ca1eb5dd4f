using Book.Core.Diagnostics;
using Book.Grader.Conformance;

namespace Book.Exercises.Tests;

/// <summary>
/// Every reference (and every baseline) against the official ONNX node tests of its operator:
/// no failure, exactly the expected folders pass, every skip names its reason.
/// </summary>
public class ConformanceTests
{
    // The node tests our kernels cover. Everything else in the folder must be a named skip.
    private static readonly string[] ExpectedPasses =
    [
        "test_attention_4d", "test_attention_4d_attn_mask", "test_attention_4d_attn_mask_3d", "test_attention_4d_attn_mask_3d_causal",
        "test_attention_4d_attn_mask_4d_causal", "test_attention_4d_attn_mask_bool_4d", "test_attention_4d_causal",
        "test_attention_4d_diff_heads_sizes", "test_attention_4d_diff_heads_sizes_causal", "test_attention_4d_diff_heads_sizes_softcap",
        "test_attention_4d_diff_heads_with_past_and_present", "test_attention_4d_diff_heads_with_past_and_present_mask3d",
        "test_attention_4d_diff_heads_with_past_and_present_mask4d", "test_attention_4d_gqa_causal", "test_attention_4d_gqa_scaled",
        "test_attention_4d_gqa_softcap", "test_attention_4d_gqa_with_past_and_present", "test_attention_4d_scaled", "test_attention_4d_softcap",
        "test_attention_4d_softcap_neginf_mask", "test_attention_4d_softcap_neginf_mask_poison", "test_attention_4d_with_past_and_present",
        "test_dequantizelinear", "test_dynamicquantizelinear_min_adjusted",
        "test_layer_normalization_2d_axis0", "test_layer_normalization_2d_axis_negative_2", "test_layer_normalization_3d_axis0_epsilon",
        "test_layer_normalization_3d_axis1_epsilon", "test_layer_normalization_3d_axis_negative_2_epsilon", "test_layer_normalization_3d_axis_negative_3_epsilon",
        "test_layer_normalization_4d_axis1", "test_layer_normalization_4d_axis2", "test_layer_normalization_4d_axis3",
        "test_layer_normalization_4d_axis_negative_2", "test_layer_normalization_default_axis",
        "test_matmulinteger", "test_qlinearmatmul_2D_int8_float32", "test_quantizelinear", "test_quantizelinear_axis",
        "test_rms_normalization_2d_axis0", "test_rms_normalization_2d_axis1", "test_rms_normalization_3d_axis0_epsilon",
        "test_rms_normalization_3d_axis1_epsilon", "test_rms_normalization_3d_axis2_epsilon", "test_rms_normalization_3d_axis_negative_1_epsilon",
        "test_rms_normalization_4d_axis0", "test_rms_normalization_4d_axis1", "test_rms_normalization_4d_axis2", "test_rms_normalization_4d_axis3",
        "test_rms_normalization_4d_axis_negative_1", "test_rms_normalization_4d_axis_negative_2", "test_rms_normalization_4d_axis_negative_3",
        "test_rms_normalization_4d_axis_negative_4", "test_rms_normalization_default_axis",
        "test_softmax_axis_0", "test_softmax_axis_2", "test_softmax_default_axis", "test_softmax_example", "test_softmax_negative_axis",
    ];

    [OnnxConformanceFact]
    public void ReferencesPassEveryCoveredNodeTest() => Check("reference");

    [OnnxConformanceFact]
    public void BaselinesPassEveryCoveredNodeTest() => Check("baseline");

    [OnnxConformanceFact]
    public void StartersFailTheCoveredNodeTests()
    {
        var report = Run("starter");
        Assert.Equal(0, report.Passed);
        Assert.Equal(ExpectedPasses.Length, report.Failed);
    }

    private static void Check(string folder)
    {
        var report = Run(folder);
        var failures = report.Results.Where(r => r.Status == ConformanceStatus.Fail).Select(r => r.ToString()).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(ExpectedPasses.Order(StringComparer.Ordinal), report.Results.Where(r => r.Status == ConformanceStatus.Pass).Select(r => r.Test).Order(StringComparer.Ordinal));
        Assert.All(report.Results.Where(r => r.Status == ConformanceStatus.Skip), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
    }

    private static ConformanceReport Run(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var kernels = new ReferenceKernels(RepositoryPaths.Exercises, diagnostics, folder);
        Assert.Empty(diagnostics.Items);
        return RunConformance.Run(RepositoryPaths.OnnxNodeTests, kernels);
    }
}
