using System.Security.Cryptography;
using System.Text;
using IdCyclus.Modules.Toegang.Contracts;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Toegang.Features.Agendafeed;

internal sealed record AgendalinkMaken(Guid PersoonId);

internal sealed record AgendalinkIntrekken(Guid PersoonId);

/// <summary>The token of a calendar link and how it is stored: 256 random bits, base64url; only the SHA-256 (hex) is kept.</summary>
internal static class Agendatoken
{
    public static string Nieuw() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>
/// Makes a new calendar link for the person and revokes the one they had, in one transaction: a person has at most one
/// working link, and making a new one is how a leaked link is replaced. The token is returned once, to show.
/// </summary>
internal sealed class AgendalinkMakenHandler(ToegangDbContext db, TimeProvider klok)
{
    public Task<Resultaat<string>> HandleAsync(AgendalinkMaken opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            foreach (var oud in await db.Agendalinks.Where(l => l.PersoonId == opdracht.PersoonId && l.IngetrokkenOpUtc == null).ToListAsync(ct))
            {
                oud.IngetrokkenOpUtc = nu;
            }

            var token = Agendatoken.Nieuw();
            db.Agendalinks.Add(new Agendalink
            {
                Id = Guid.CreateVersion7(), PersoonId = opdracht.PersoonId, TokenHash = Agendatoken.Hash(token), AangemaaktOpUtc = nu,
            });
            return Resultaat<string>.Gelukt(token);
        }, ct);
}

/// <summary>Revokes the person's link: the feed then answers 404, as for a token that never existed.</summary>
internal sealed class AgendalinkIntrekkenHandler(ToegangDbContext db, TimeProvider klok)
{
    public Task<Resultaat<int>> HandleAsync(AgendalinkIntrekken opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var actief = await db.Agendalinks.Where(l => l.PersoonId == opdracht.PersoonId && l.IngetrokkenOpUtc == null).ToListAsync(ct);
            if (actief.Count == 0)
            {
                return Resultaat<int>.Mislukt(string.Empty, "U hebt geen werkende agendalink; er is niets in te trekken.");
            }

            foreach (var link in actief)
            {
                link.IngetrokkenOpUtc = klok.GetUtcNow().UtcDateTime;
            }

            return Resultaat<int>.Gelukt(actief.Count);
        }, ct);
}

/// <summary>Reads the links: whose a token is (for the feed, through Contracts) and since when a person has one.</summary>
internal sealed class AgendalinkLezer(ToegangDbContext db) : IAgendalinks
{
    public async Task<Guid?> PersoonVoorTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Agendatoken.Hash(token);
        return await db.Agendalinks.AsNoTracking().Where(l => l.TokenHash == hash && l.IngetrokkenOpUtc == null)
            .Select(l => (Guid?)l.PersoonId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<DateTime?> ActiefSindsAsync(Guid persoonId, CancellationToken ct) =>
        await db.Agendalinks.AsNoTracking().Where(l => l.PersoonId == persoonId && l.IngetrokkenOpUtc == null)
            .Select(l => (DateTime?)l.AangemaaktOpUtc).FirstOrDefaultAsync(ct);
}
