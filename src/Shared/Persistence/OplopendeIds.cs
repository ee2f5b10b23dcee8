using System.Buffers.Binary;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// Time-ordered ids that also keep the order in which this process made them, for rows whose order means something:
/// an outbox's events (ADR 0035). <c>Guid.CreateVersion7()</c> alone orders ids of different milliseconds only; within
/// one millisecond its 74 bits after the time are random. EF Core inserts the rows of one SaveChanges in key order, and
/// a delivery took the rows of one moment in the order they were stored, so a transaction's events came out shuffled.
/// </summary>
/// <remarks>
/// An id from here is a valid version 7 UUID (RFC 9562, section 6.2, method 2: the random bits are a counter that starts
/// at a random value each millisecond). When the clock gives a millisecond this process has already used, or an earlier
/// one, the id is the previous one plus one in its random bits. So ids are strictly increasing in the big-endian byte
/// order, which is the order of their text, of PostgreSQL's uuid and of SQLite's TEXT column, and of
/// <see cref="Guid.CompareTo(Guid)"/>. Only within one process: two hosts on one database order their ids by time alone.
/// </remarks>
public static class OplopendeIds
{
    // Bits 61..0 of the low half; bits 63..62 hold the variant and are never touched.
    private const ulong WillekeurigLaag = (1UL << 62) - 1;

    // Bits 11..0 of the high half (rand_a); above them the version (4 bits) and the millisecond (48 bits).
    private const ulong WillekeurigHoog = 0xFFF;

    private static readonly Lock Slot = new();
    private static ulong _laatsteHoog;
    private static ulong _laatsteLaag;

    public static Guid Nieuw()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7().TryWriteBytes(bytes, bigEndian: true, out _);
        var hoog = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var laag = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);

        lock (Slot)
        {
            if (hoog < _laatsteHoog || (hoog == _laatsteHoog && laag <= _laatsteLaag))
            {
                (hoog, laag) = Volgende(_laatsteHoog, _laatsteLaag);
            }

            (_laatsteHoog, _laatsteLaag) = (hoog, laag);
        }

        BinaryPrimitives.WriteUInt64BigEndian(bytes, hoog);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], laag);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// One more in the random bits, carrying into rand_a and then into the millisecond; version and variant stay. Public
    /// for the tests of the carries, which the clock alone would reach once in 2^61 ids.
    /// </summary>
    public static (ulong Hoog, ulong Laag) Volgende(ulong hoog, ulong laag)
    {
        if ((laag & WillekeurigLaag) != WillekeurigLaag)
        {
            return (hoog, laag + 1);
        }

        laag &= ~WillekeurigLaag;
        if ((hoog & WillekeurigHoog) != WillekeurigHoog)
        {
            return (hoog + 1, laag);
        }

        // rand_a is full as well: the next millisecond, with rand_a at zero (the version nibble sits between them).
        var milliseconde = (hoog >> 16) + 1;
        return ((milliseconde << 16) | (hoog & 0xF000), laag);
    }
}
