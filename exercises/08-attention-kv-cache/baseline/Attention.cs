namespace Kernels;

/// <summary>
/// The naive baseline: build the present caches element by element, then for every query row a
/// scalar dot product per key, a scalar softmax, and a scalar weighted sum of values.
/// </summary>
public static class Attention
{
    public static void Attend(float[] q, float[] k, float[] v, float[] pastKey, float[] pastValue, float[] mask,
        int batch, int qHeads, int kvHeads, int qLen, int kvLen, int pastLen, int headSize, int vHeadSize,
        float scale, float softcap, bool causal, float[] y, float[] presentKey, float[] presentValue)
    {
        var total = pastLen + kvLen;
        for (var b = 0; b < batch; b++)
        {
            for (var h = 0; h < kvHeads; h++)
            {
                for (var t = 0; t < total; t++)
                {
                    for (var d = 0; d < headSize; d++)
                    {
                        presentKey[((b * kvHeads + h) * total + t) * headSize + d] = t < pastLen
                            ? pastKey[((b * kvHeads + h) * pastLen + t) * headSize + d]
                            : k[((b * kvHeads + h) * kvLen + t - pastLen) * headSize + d];
                    }

                    for (var d = 0; d < vHeadSize; d++)
                    {
                        presentValue[((b * kvHeads + h) * total + t) * vHeadSize + d] = t < pastLen
                            ? pastValue[((b * kvHeads + h) * pastLen + t) * vHeadSize + d]
                            : v[((b * kvHeads + h) * kvLen + t - pastLen) * vHeadSize + d];
                    }
                }
            }
        }

        var scores = new float[total];
        var group = qHeads / kvHeads;
        for (var b = 0; b < batch; b++)
        {
            for (var h = 0; h < qHeads; h++)
            {
                var kvh = h / group;
                for (var i = 0; i < qLen; i++)
                {
                    var max = float.NegativeInfinity;
                    for (var t = 0; t < total; t++)
                    {
                        var dot = 0f;
                        for (var d = 0; d < headSize; d++)
                        {
                            dot += q[((b * qHeads + h) * qLen + i) * headSize + d] * presentKey[((b * kvHeads + kvh) * total + t) * headSize + d];
                        }

                        var s = dot * scale;
                        if (softcap > 0)
                        {
                            s = softcap * MathF.Tanh(s / softcap);
                        }

                        if (mask.Length == qLen * total)
                        {
                            s += mask[i * total + t];
                        }
                        else if (mask.Length > 0)
                        {
                            s += mask[((b * qHeads + h) * qLen + i) * total + t];
                        }

                        if (causal && t > i)
                        {
                            s = float.NegativeInfinity;
                        }

                        scores[t] = s;
                        max = Math.Max(max, s);
                    }

                    var sum = 0f;
                    for (var t = 0; t < total; t++)
                    {
                        scores[t] = MathF.Exp(scores[t] - max);
                        sum += scores[t];
                    }

                    for (var d = 0; d < vHeadSize; d++)
                    {
                        var acc = 0f;
                        for (var t = 0; t < total; t++)
                        {
                            acc += scores[t] / sum * presentValue[((b * kvHeads + kvh) * total + t) * vHeadSize + d];
                        }

                        y[((b * qHeads + h) * qLen + i) * vHeadSize + d] = acc;
                    }
                }
            }
        }
    }
}
