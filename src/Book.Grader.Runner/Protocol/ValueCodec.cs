using System.Runtime.InteropServices;

namespace Book.Grader.Runner.Protocol;

/// <summary>Writes and reads kernel arguments: a tag, then a length and the raw little-endian elements.</summary>
public static class ValueCodec
{
    public static void Write(BinaryWriter writer, object value)
    {
        // Dispatch on the exact type: the CLR lets `is sbyte[]` match a byte[] (and short[]/ushort[],
        // int[]/uint[]), so type patterns would send unsigned arrays as signed ones.
        var type = value.GetType();
        if (type == typeof(float[])) { WriteArray(writer, ValueTag.FloatArray, (float[])value); }
        else if (type == typeof(double[])) { WriteArray(writer, ValueTag.DoubleArray, (double[])value); }
        else if (type == typeof(sbyte[])) { WriteArray(writer, ValueTag.SByteArray, (sbyte[])value); }
        else if (type == typeof(byte[])) { WriteArray(writer, ValueTag.ByteArray, (byte[])value); }
        else if (type == typeof(short[])) { WriteArray(writer, ValueTag.ShortArray, (short[])value); }
        else if (type == typeof(ushort[])) { WriteArray(writer, ValueTag.UShortArray, (ushort[])value); }
        else if (type == typeof(int[])) { WriteArray(writer, ValueTag.IntArray, (int[])value); }
        else if (type == typeof(uint[])) { WriteArray(writer, ValueTag.UIntArray, (uint[])value); }
        else if (type == typeof(long[])) { WriteArray(writer, ValueTag.LongArray, (long[])value); }
        else if (type == typeof(Half[])) { WriteArray(writer, ValueTag.HalfArray, (Half[])value); }
        else if (type == typeof(int)) { writer.Write((byte)ValueTag.Int); writer.Write((int)value); }
        else if (type == typeof(long)) { writer.Write((byte)ValueTag.Long); writer.Write((long)value); }
        else if (type == typeof(float)) { writer.Write((byte)ValueTag.Float); writer.Write((float)value); }
        else if (type == typeof(double)) { writer.Write((byte)ValueTag.Double); writer.Write((double)value); }
        else if (type == typeof(bool)) { writer.Write((byte)ValueTag.Bool); writer.Write((bool)value); }
        else { throw new ArgumentException($"unsupported kernel argument type {type.Name}"); }
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
