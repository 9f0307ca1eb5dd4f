using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance;

/// <summary>
/// Maps the node tests of one ONNX operator onto the kernel of the exercise that implements it.
/// Anything the kernel does not cover (types, attributes, extra outputs) is a named skip.
/// </summary>
public interface IOperatorBinding
{
    /// <summary>The ONNX op_type handled, e.g. <c>QuantizeLinear</c>.</summary>
    string OpType { get; }

    /// <summary>The <c>operator:</c> of the exercise whose reference runs these tests.</summary>
    string ExerciseOperator { get; }

    Binding Bind(OnnxNodeTest test);
}
