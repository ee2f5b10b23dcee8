using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Importeren;

/// <summary>How many interviews were imported, and for which cycle years.</summary>
internal sealed record Importuitslag(int Aantal, IReadOnlyList<int> Jaren);

/// <summary>
/// Imports final interviews (Bureau's 2023/2024 spreadsheets, converted to the documented JSON): all or nothing, in one
/// serializable transaction, so a file with one problem changes nothing and a second import of the same file is refused.
/// </summary>
internal sealed class InterviewImporteur(VragenlijstDbContext db, IOrganisatieQueries organisatie, TimeProvider klok)
{
    public async Task<Resultaat<Importuitslag>> ImporteerAsync(string json, string door, CancellationToken ct)
    {
        var directies = await DirectiesAsync(json, ct);
        return await db.VoerSerieelUitAsync(async () =>
        {
            var versies = await db.Versies.AsNoTracking().Where(v => v.Status == VersieStatus.Gepubliceerd).ToListAsync(ct);
            var bestaand = (await db.Interviews.AsNoTracking().Select(i => new { i.Jaar, i.DirectieId }).ToListAsync(ct))
                .Select(i => (i.Jaar, i.DirectieId)).ToHashSet();
            var gelezen = InterviewImport.Lees(
                json,
                code => versies.FirstOrDefault(v => v.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture) == code)?.Inhoud,
                afkorting => directies.GetValueOrDefault(afkorting),
                (jaar, directie) => bestaand.Contains((jaar, directie)));
            if (!gelezen.IsGelukt)
            {
                return Resultaat<Importuitslag>.Mislukt(gelezen.Meldingen.Select(m => new Fout("Bestand", m)).ToList());
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            foreach (var import in gelezen.Interviews)
            {
                var versie = versies.First(v => v.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture) == import.Versiecode);
                var interview = new Interview
                {
                    Id = Guid.CreateVersion7(),
                    Jaar = import.Jaar,
                    VragenlijstversieId = versie.Id,
                    DirectieId = import.Directie.Id,
                    DirectieAfkorting = import.Directie.Afkorting,
                    ClusterId = import.Directie.ClusterId,
                    Status = InterviewStatus.Definitief,
                    Geimporteerd = true,
                    Accounthouders = import.Accounthouders.Count == 0 ? null : string.Join(", ", import.Accounthouders),
                    Respondent = import.Respondent,
                    Respondenttype = import.Respondenttype,
                    GeplandOpUtc = import.Datum is { } datum ? TimeZoneInfo.ConvertTimeToUtc(datum.ToDateTime(new TimeOnly(10, 0)), Tijd.Amsterdam) : null,
                    Observatie = import.Observatie,
                    DefinitiefOpUtc = nu,
                    BevestigdDoor = door,
                    DoorBureauVastgesteld = true,
                    Bevestigingsopmerking = "geïmporteerd als definitief interview",
                    GewijzigdOpUtc = nu,
                    GewijzigdDoor = door,
                    Versie = 1,
                };
                interview.Antwoorden = import.Antwoorden;
                db.Interviews.Add(interview);
                db.Gebeurtenissen.Add(new InterviewGebeurtenis
                {
                    InterviewId = interview.Id,
                    MomentUtc = nu,
                    Door = door,
                    Soort = "geimporteerd",
                    Omschrijving = "Geïmporteerd als definitief interview.",
                });
            }

            return Resultaat<Importuitslag>.Gelukt(new Importuitslag(
                gelezen.Interviews.Count,
                gelezen.Interviews.Select(i => i.Jaar).Distinct().Order().ToList()));
        }, ct);
    }

    /// <summary>
    /// The directies the file names, looked up before the transaction (Organisatie is another module's database):
    /// by exact abbreviation first, then ignoring case among the directies active in the file's year or today.
    /// </summary>
    private async Task<Dictionary<string, ImportDirectie>> DirectiesAsync(string json, CancellationToken ct)
    {
        var namen = new HashSet<string>(StringComparer.Ordinal);
        int? jaar = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("jaar", out var j)
                    && j.ValueKind == JsonValueKind.Number
                    && j.TryGetInt32(out var y)
                    && y is >= 2000 and <= 2100)
                {
                    jaar = y;
                }

                if (document.RootElement.TryGetProperty("interviews", out var lijst) && lijst.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in lijst.EnumerateArray())
                    {
                        // Every "directie" field, not TryGetProperty's last one: a repeated field is an error the
                        // import reports, and it reads the first, which must then not show up as unknown.
                        if (item.ValueKind == JsonValueKind.Object)
                        {
                            namen.UnionWith(item.EnumerateObject()
                                .Where(p => p.Name == "directie" && p.Value.ValueKind == JsonValueKind.String)
                                .Select(p => p.Value.GetString()!));
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The import itself reports the invalid JSON with its position.
        }

        var actief = (await organisatie.ActieveDirectiesAsync(klok.Vandaag(), ct))
            .Concat(jaar is { } y2 ? await organisatie.ActieveDirectiesAsync(new DateOnly(y2, 3, 31), ct) : []).ToList();
        var gevonden = new Dictionary<string, ImportDirectie>(StringComparer.Ordinal);
        foreach (var naam in namen)
        {
            var directie = await organisatie.DirectieMetAfkortingAsync(naam, ct)
                ?? actief.FirstOrDefault(d => string.Equals(d.Afkorting, naam.Trim(), StringComparison.OrdinalIgnoreCase));
            if (directie is not null)
            {
                gevonden[naam] = new ImportDirectie(directie.Id, directie.Afkorting, directie.ClusterId);
            }
        }

        return gevonden;
    }
}
