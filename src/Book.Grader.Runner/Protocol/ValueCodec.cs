using System.Runtime.InteropServices;

namespace Book.Grader.Runner.Protocol;

/// <summary>Writes and reads kernel arguments: a tag, then a length and the raw little-endian elements.</summary>
public static class ValueCodec
{
    public static void Write(BinaryWriter writer, object value)
    {
        switch (value)
        {
            case float[] a: WriteArray(writer, ValueTag.FloatArray, a); break;
            case double[] a: WriteArray(writer, ValueTag.DoubleArray, a); break;
            case sbyte[] a: WriteArray(writer, ValueTag.SByteArray, a); break;
            case byte[] a: WriteArray(writer, ValueTag.ByteArray, a); break;
            case short[] a: WriteArray(writer, ValueTag.ShortArray, a); break;
            case ushort[] a: WriteArray(writer, ValueTag.UShortArray, a); break;
            case int[] a: WriteArray(writer, ValueTag.IntArray, a); break;
            case uint[] a: WriteArray(writer, ValueTag.UIntArray, a); break;
            case long[] a: WriteArray(writer, ValueTag.LongArray, a); break;
            case Half[] a: WriteArray(writer, ValueTag.HalfArray, a); break;
            case int v: writer.Write((byte)ValueTag.Int); writer.Write(v); break;
            case long v: writer.Write((byte)ValueTag.Long); writer.Write(v); break;
            case float v: writer.Write((byte)ValueTag.Float); writer.Write(v); break;
            case double v: writer.Write((byte)ValueTag.Double); writer.Write(v); break;
            case bool v: writer.Write((byte)ValueTag.Bool); writer.Write(v); break;
            default: throw new ArgumentException($"unsupported kernel argument type {value.GetType().Name}");
        }
    }

    public static void WriteAll(BinaryWriter writer, IReadOnlyList<object> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            Write(writer, value);
        }
    }

    public static object Read(BinaryReader reader)
    {
        var tag = (ValueTag)reader.ReadByte();
        return tag switch
        {
            ValueTag.FloatArray => ReadArray<float>(reader),
            ValueTag.DoubleArray => ReadArray<double>(reader),
            ValueTag.SByteArray => ReadArray<sbyte>(reader),
            ValueTag.ByteArray => ReadArray<byte>(reader),
            ValueTag.ShortArray => ReadArray<short>(reader),
            ValueTag.UShortArray => ReadArray<ushort>(reader),
            ValueTag.IntArray => ReadArray<int>(reader),
            ValueTag.UIntArray => ReadArray<uint>(reader),
            ValueTag.LongArray => ReadArray<long>(reader),
            ValueTag.HalfArray => ReadArray<Half>(reader),
            ValueTag.Int => reader.ReadInt32(),
            ValueTag.Long => reader.ReadInt64(),
            ValueTag.Float => reader.ReadSingle(),
            ValueTag.Double => reader.ReadDouble(),
            ValueTag.Bool => reader.ReadBoolean(),
            _ => throw new InvalidDataException($"unknown value tag {(byte)tag}"),
        };
    }

    public static object[] ReadAll(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 64)
        {
            throw new InvalidDataException($"argument count {count} out of range");
        }

        var values = new object[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Read(reader);
        }

        return values;
    }

    public static void WriteInts(BinaryWriter writer, IReadOnlyList<int> values)
    {
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static int[] ReadInts(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 1 << 20)
        {
            throw new InvalidDataException($"list length {count} out of range");
        }

        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }

    public static void WriteDoubles(BinaryWriter writer, IReadOnlyList<double> values)
    {
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static double[] ReadDoubles(BinaryReader reader) => ReadArray<double>(reader);

    private static void WriteArray<T>(BinaryWriter writer, ValueTag tag, T[] array)
        where T : unmanaged
    {
        writer.Write((byte)tag);
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        var bytesPerElement = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (length < 0 || (long)length * bytesPerElement > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"array length {length} out of range");
        }

        var array = new T[length];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new InvalidDataException("array truncated");
        }

        return array;
    }
}
