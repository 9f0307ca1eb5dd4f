namespace Book.Grader.Conformance;

/// <summary>The outcome of one ONNX test folder (one data set) against an exercise's reference.</summary>
public sealed record ConformanceResult(string Test, string DataSet, string OpType, string? Exercise, ConformanceStatus Status, string Detail)
{
    public override string ToString()
    {
        var status = Status switch
        {
            ConformanceStatus.Pass => "PASS",
            ConformanceStatus.Fail => "FAIL",
            _ => "SKIP",
        };
        var name = DataSet == "test_data_set_0" ? Test : $"{Test}/{DataSet}";
        return Detail.Length == 0 ? $"{status} {name}" : $"{status} {name}: {Detail}";
    }
}
