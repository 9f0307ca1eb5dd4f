namespace Book.Grader.Runner.Protocol;

/// <summary>The type of one kernel argument on the wire: arrays of primitives and a few scalars.</summary>
public enum ValueTag : byte
{
    FloatArray = 1,
    DoubleArray = 2,
    SByteArray = 3,
    ByteArray = 4,
    ShortArray = 5,
    UShortArray = 6,
    IntArray = 7,
    UIntArray = 8,
    LongArray = 9,
    HalfArray = 10,

    Int = 20,
    Long = 21,
    Float = 22,
    Double = 23,
    Bool = 24,
}
