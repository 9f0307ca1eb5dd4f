using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>Shape helpers shared by the bindings: axis normalisation and [outer, axis, inner] views.</summary>
public static class Shapes
{
    public static int NormalizeAxis(long axis, int rank) => (int)(axis < 0 ? axis + rank : axis);

    public static int Product(long[] dims, int from, int to)
    {
        long p = 1;
        for (var i = from; i < to; i++)
        {
            p *= dims[i];
        }

        return checked((int)p);
    }

    /// <summary>The element types the kernels accept; anything else names the reason to skip.</summary>
    public static string? Unsupported(OnnxTensor? tensor, string role, params OnnxElementType[] accepted)
    {
        if (tensor is null)
        {
            return null;
        }

        if (tensor.Values is null || !accepted.Contains(tensor.ElementType))
        {
            return $"{role} has element type {tensor.ElementType}, which the exercise does not cover";
        }

        return null;
    }

    /// <summary>
    /// Broadcasts <paramref name="tensor"/> (numpy rules, aligned to the right) to <paramref name="shape"/>
    /// and returns the flattened float values.
    /// </summary>
    public static float[] BroadcastFloats(float[] values, long[] from, long[] shape)
    {
        var rank = shape.Length;
        var padded = new long[rank];
        for (var i = 0; i < rank; i++)
        {
            var j = i - (rank - from.Length);
            padded[i] = j >= 0 ? from[j] : 1;
        }

        var total = Product(shape, 0, rank);
        var result = new float[total];
        var index = new long[rank];
        for (var flat = 0; flat < total; flat++)
        {
            long source = 0;
            for (var d = 0; d < rank; d++)
            {
                source = source * padded[d] + (padded[d] == 1 ? 0 : index[d]);
            }

            result[flat] = values[source];
            for (var d = rank - 1; d >= 0; d--)
            {
                if (++index[d] < shape[d])
                {
                    break;
                }

                index[d] = 0;
            }
        }

        return result;
    }
}
