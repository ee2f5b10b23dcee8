using System.IO.Compression;
using IdCyclus.Modules.Actieplannen.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Features.Bijlagen;

internal sealed record BijlageToevoegen(Guid DirectieId, int Jaar, int Versie, string Bestandsnaam, byte[] Inhoud, Actor Door);

/// <summary>
/// The signed plan as PDF or DOCX. The type is read from the content, never from the name: a PDF starts with "%PDF-",
/// a DOCX is a ZIP holding word/document.xml. Anything else, or anything over the limit, is refused before it is stored.
/// </summary>
internal sealed class BijlageToevoegenHandler(ActieplannenDbContext db, TimeProvider klok)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public const string Pdf = "application/pdf";

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string? HerkenType(byte[] inhoud)
    {
        if (inhoud.Length >= 5 && inhoud.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return Pdf;
        }

        if (inhoud.Length < 4 || !inhoud.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(inhoud), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<Resultaat<Guid>> VoerUitAsync(BijlageToevoegen opdracht, CancellationToken ct)
    {
        if (opdracht.Inhoud.Length == 0)
        {
            return Resultaat<Guid>.Mislukt("Bestand", "Kies een bestand (PDF of DOCX).");
        }

        if (opdracht.Inhoud.Length > MaxBytes)
        {
            return Resultaat<Guid>.Mislukt("Bestand", $"Het bestand is {opdracht.Inhoud.Length / 1024 / 1024} MB; het maximum is {MaxBytes / 1024 / 1024} MB.");
        }

        var type = HerkenType(opdracht.Inhoud);
        if (type is null)
        {
            return Resultaat<Guid>.Mislukt("Bestand",
                $"'{opdracht.Bestandsnaam}' is geen PDF- of Word-bestand (DOCX); dat is aan de inhoud te zien, niet aan de naam.");
        }

        var naam = Path.GetFileName(opdracht.Bestandsnaam.Replace('\\', '/'));
        naam = string.IsNullOrWhiteSpace(naam) ? "bijlage" : naam[..Math.Min(naam.Length, 200)];
        return await db.VoerSerieelUitAsync(async () =>
        {
            var (plan, _) = await Planopslag.LaadAsync(db, opdracht.DirectieId, opdracht.Jaar, ct);
            if (plan is null)
            {
                return Resultaat<Guid>.Mislukt("", "Er is geen actieplan om een bijlage aan toe te voegen.");
            }

            if (plan.Versie != opdracht.Versie)
            {
                return Planopslag.Conflict<Guid>();
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            Planopslag.Wijzig(db, plan, opdracht.Versie, nu);
            var bijlage = new Bijlage
            {
                ActieplanId = plan.Id, Bestandsnaam = naam, Inhoudstype = type, Grootte = opdracht.Inhoud.Length, Inhoud = opdracht.Inhoud,
                GeuploadOpUtc = nu, Door = opdracht.Door.Naam,
            };
            db.Bijlagen.Add(bijlage);
            Planopslag.Log(db, plan.Id, opdracht.Door.Naam,
                $"Bijlage '{naam}' toegevoegd ({(type == Pdf ? "PDF" : "DOCX")}, {opdracht.Inhoud.Length / 1024 + 1} kB).", nu);
            return Resultaat<Guid>.Gelukt(bijlage.Id);
        }, ct);
    }
}
