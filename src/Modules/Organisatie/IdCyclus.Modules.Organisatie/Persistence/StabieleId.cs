using System.Security.Cryptography;
using System.Text;

namespace IdCyclus.Modules.Organisatie.Persistence;

/// <summary>
/// Ids derived from a natural key, so that seeded directies and people keep the same id on every machine and in every
/// test run (links, bookmarks and other modules' references stay valid after a reseed).
/// </summary>
internal static class StabieleId
{
    public static Guid Voor(string soort, string sleutel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{soort}:{sleutel}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
