using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;

internal sealed record ImportVoorbereiden(string Bestandsnaam, byte[] Inhoud, string Door);

/// <summary>
/// Step one of an import: the file is checked and, when every row is valid, kept as a preview. Nothing about the
/// figures changes until Bureau confirms the preview.
/// </summary>
internal sealed class ImportVoorbereidenHandler(IndicatorenDbContext db, Importcontrole controle, TimeProvider klok)
{
    public const string Veld = "Bestand";

    public async Task<Resultaat<Guid>> VoerUitAsync(ImportVoorbereiden opdracht, CancellationToken ct)
    {
        var naam = Path.GetFileName(opdracht.Bestandsnaam.Trim());
        if (naam.Length == 0)
        {
            return Resultaat<Guid>.Mislukt(Veld, "Kies een CSV- of XLSX-bestand.");
        }

        var uitkomst = await controle.ControleerAsync(opdracht.Inhoud, ct);
        if (!uitkomst.IsGeldig)
        {
            return Resultaat<Guid>.Mislukt(uitkomst.Fouten.Select(f => new Fout(Veld, f)).ToList());
        }

        var vergelijking = uitkomst.Vergelijking!;
        var import = new Import
        {
            Id = Guid.CreateVersion7(),
            Bestandsnaam = naam.Length > 260 ? naam[..260] : naam,
            Inhoud = opdracht.Inhoud,
            Status = Importstatus.Voorbeeld,
            Door = opdracht.Door,
            GeuploadOpUtc = klok.GetUtcNow().UtcDateTime,
            Nieuw = vergelijking.Aantal(Domain.Wijzigingssoort.Nieuw),
            Gewijzigd = vergelijking.Aantal(Domain.Wijzigingssoort.Gewijzigd),
            Ongewijzigd = vergelijking.Aantal(Domain.Wijzigingssoort.Ongewijzigd),
            Versie = 1,
        };
        db.Imports.Add(import);
        await db.SaveChangesAsync(ct);
        return Resultaat<Guid>.Gelukt(import.Id);
    }
}
