using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.CijfersImporteren;

/// <param name="Vingerafdruk">Of the preview the person saw: the confirmation applies exactly that, or nothing.</param>
internal sealed record ImportBevestigen(Guid ImportId, string Vingerafdruk, string Door);

internal sealed record Importresultaat(int Nieuw, int Gewijzigd, int Ongewijzigd);

/// <summary>
/// Step two: the previewed file is applied in one serializable transaction. A changed figure keeps its old value in the
/// history (which import, who, when); a preview that no longer matches the stored figures is refused, never applied.
/// </summary>
internal sealed class ImportBevestigenHandler(IndicatorenDbContext db, Importcontrole controle, TimeProvider klok)
{
    public const string Veld = "Import";

    public const string Verouderd =
        "De cijfers zijn gewijzigd sinds dit voorbeeld werd gemaakt (een andere import is bevestigd). "
        + "Er is niets opgeslagen; bekijk het bijgewerkte voorbeeld en bevestig opnieuw.";

    public Task<Resultaat<Importresultaat>> VoerUitAsync(ImportBevestigen opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == opdracht.ImportId, ct);
            if (import is null)
            {
                return Resultaat<Importresultaat>.Mislukt(Veld, "Deze import bestaat niet.");
            }

            if (import.Status != Importstatus.Voorbeeld)
            {
                return Resultaat<Importresultaat>.Mislukt(Veld, import.Status == Importstatus.Bevestigd
                    ? "Deze import is al bevestigd; er is niets opnieuw opgeslagen."
                    : "Deze import is geannuleerd; upload het bestand opnieuw.");
            }

            var uitkomst = await controle.ControleerAsync(import.Inhoud, ct);
            if (!uitkomst.IsGeldig)
            {
                return Resultaat<Importresultaat>.Mislukt(uitkomst.Fouten.Select(f => new Fout(Veld, f)).ToList());
            }

            var vergelijking = uitkomst.Vergelijking!;
            if (vergelijking.Vingerafdruk != opdracht.Vingerafdruk)
            {
                return Resultaat<Importresultaat>.Mislukt(Veld, Verouderd);
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            foreach (var wijziging in vergelijking.Wijzigingen)
            {
                var w = wijziging.Nieuw;
                if (wijziging.Soort == Wijzigingssoort.Nieuw)
                {
                    db.Waarden.Add(new Indicatorwaarde
                    {
                        Id = Guid.CreateVersion7(),
                        IndicatorId = w.Definitie.IndicatorId,
                        EenheidId = w.Eenheid.Id,
                        EenheidNaam = w.Eenheid.Weergavenaam,
                        Periode = w.Periode.ToString(),
                        Jaar = w.Periode.Jaar,
                        Getal = w.Waarde.Getal,
                        Symbool = w.Waarde.Symbool,
                        Toelichting = w.Toelichting,
                        OnderSectieId = w.OnderSectie?.Id,
                        ImportId = import.Id,
                        GewijzigdOpUtc = nu,
                        GewijzigdDoor = opdracht.Door,
                        Versie = 1,
                    });
                }
                else if (wijziging.Soort == Wijzigingssoort.Gewijzigd)
                {
                    var huidig = await db.Waarden.FirstAsync(x => x.Id == wijziging.Huidig!.Id, ct);
                    db.Historie.Add(new Waardehistorie
                    {
                        WaardeId = huidig.Id,
                        Getal = huidig.Getal,
                        Symbool = huidig.Symbool,
                        Toelichting = huidig.Toelichting,
                        ImportId = huidig.ImportId,
                        GeldigTotUtc = nu,
                        VervangenDoorImportId = import.Id,
                    });
                    huidig.Getal = w.Waarde.Getal;
                    huidig.Symbool = w.Waarde.Symbool;
                    huidig.Toelichting = w.Toelichting;
                    huidig.OnderSectieId = w.OnderSectie?.Id;
                    huidig.ImportId = import.Id;
                    huidig.GewijzigdOpUtc = nu;
                    huidig.GewijzigdDoor = opdracht.Door;
                    huidig.Versie++;
                }
            }

            import.Status = Importstatus.Bevestigd;
            import.AfgerondOpUtc = nu;
            import.Nieuw = vergelijking.Aantal(Wijzigingssoort.Nieuw);
            import.Gewijzigd = vergelijking.Aantal(Wijzigingssoort.Gewijzigd);
            import.Ongewijzigd = vergelijking.Aantal(Wijzigingssoort.Ongewijzigd);
            import.Versie++;
            return Resultaat<Importresultaat>.Gelukt(new Importresultaat(import.Nieuw, import.Gewijzigd, import.Ongewijzigd));
        }, ct);

    /// <summary>Bureau decides not to import the previewed file; it stays listed as cancelled.</summary>
    public async Task<Resultaat<bool>> AnnuleerAsync(Guid importId, CancellationToken ct)
    {
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == importId, ct);
        if (import is not { Status: Importstatus.Voorbeeld })
        {
            return Resultaat<bool>.Mislukt(Veld, "Alleen een import die nog niet is bevestigd kan worden geannuleerd.");
        }

        import.Status = Importstatus.Geannuleerd;
        import.AfgerondOpUtc = klok.GetUtcNow().UtcDateTime;
        import.Versie++;
        await db.SaveChangesAsync(ct);
        return Resultaat<bool>.Gelukt(true);
    }
}
