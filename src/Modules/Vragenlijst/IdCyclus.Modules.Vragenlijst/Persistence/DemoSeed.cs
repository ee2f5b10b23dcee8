using System.Security.Cryptography;
using System.Text;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

/// <summary>
/// Loads the fictional 2023 and 2024 interviews of <see cref="DemoInterviews"/> on the first start with demo data, final
/// and marked <see cref="Interview.Fictief"/>, so a new user sees full score pages and a full report. Ids and dates are
/// derived from the directie and year, so two fresh databases hold the same demo data.
/// </summary>
internal static class DemoSeed
{
    public const string Door = "demodata (fictief)";

    /// <summary>Open answers: general phrases from the report's summary, never a directie's own words.</summary>
    private static readonly string[] Eigenwerk =
    [
        "Fictief antwoord: aandacht voor inclusieve taal in brieven en op de website.",
        "Fictief antwoord: inclusie wordt meegenomen bij inkoop en aanbestedingen.",
        "Fictief antwoord: nog niet; het eigen werk is hier nog niet op bekeken.",
    ];

    private static readonly string[] Positief =
    [
        "Fictief antwoord: het onderwerp staat vaker op de agenda van het MT.",
        "Fictief antwoord: het moeilijke gesprek wordt vaker gevoerd, bijvoorbeeld in dialoogsessies.",
        "Fictief antwoord: de trekker heeft een vaste plek en vaste uren gekregen.",
        "Fictief antwoord: er is meer samenwerking met andere directies in het cluster.",
    ];

    private static readonly string[] Belemmeringen =
    [
        "Fictief antwoord: hoge werkdruk en veel andere prioriteiten.",
        "Fictief antwoord: weinig draagvlak onder collega's; sommigen vinden dat I&D niet over hen gaat.",
        "Fictief antwoord: de trekker heeft te weinig uren en te weinig steun van het management.",
        "Fictief antwoord: een jaarplan met losse acties, nog geen aanpak voor meerdere jaren.",
    ];

    private static readonly string[] Impact =
    [
        "Fictief antwoord: de implementatie van BIWS is merkbaar bij nieuwe vacatures.",
        "Fictief antwoord: de schrijfwijzer met inclusieve taaltips wordt gebruikt.",
        "Fictief antwoord: nog weinig merkbaar binnen de directie.",
    ];

    public static async Task VulAsync(IServiceProvider diensten, CancellationToken ct)
    {
        var db = diensten.GetRequiredService<VragenlijstDbContext>();
        // After a test reset the demo seed runs before the post-migration step: the versions must be there first.
        await VersieSeed.VulAsync(db, diensten.GetRequiredService<TimeProvider>(), ct);
        if (await db.Interviews.AnyAsync(ct) || await db.OntbrekendeInterviews.AnyAsync(ct))
        {
            return;
        }

        var organisatie = diensten.GetRequiredService<IOrganisatieQueries>();
        var nu = diensten.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await VoegToeAsync(db, organisatie, 2023, DemoInterviews.Jaar2023, new DateOnly(2023, 1, 16), ct);
        await VoegToeAsync(db, organisatie, 2024, DemoInterviews.Jaar2024, new DateOnly(2024, 4, 8), ct);
        foreach (var (afkorting, reden) in DemoInterviews.Ontbrekend2023)
        {
            var directie = await DirectieAsync(organisatie, afkorting, ct);
            db.OntbrekendeInterviews.Add(new OntbrekendInterview
            {
                Id = Sleutel($"ontbrekend-2023-{afkorting}"),
                Jaar = 2023,
                DirectieId = directie.Id,
                DirectieAfkorting = directie.Afkorting,
                Reden = reden,
                VastgelegdOpUtc = nu,
                VastgelegdDoor = "referentiegegevens (VGR2024)",
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task VoegToeAsync(
        VragenlijstDbContext db, IOrganisatieQueries organisatie, int jaar, IReadOnlyList<DemoInterview> tabel, DateOnly eersteDag, CancellationToken ct)
    {
        var versie = await db.Versies.AsNoTracking().FirstAsync(v => v.Jaar == jaar, ct);
        var inhoud = versie.Inhoud;
        for (var i = 0; i < tabel.Count; i++)
        {
            var demo = tabel[i];
            var directie = await DirectieAsync(organisatie, demo.Directie, ct);
            // One interview a working day from the first day on, at 10:00 Amsterdam time; final two weeks later.
            var dag = eersteDag.AddDays(i + (i / 5 * 2));
            var gepland = TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(new TimeOnly(10, 0)), Tijd.Amsterdam);
            var interview = new Interview
            {
                Id = Sleutel($"interview-{jaar}-{directie.Afkorting}"),
                Jaar = jaar,
                VragenlijstversieId = versie.Id,
                DirectieId = directie.Id,
                DirectieAfkorting = directie.Afkorting,
                ClusterId = directie.ClusterId,
                Status = InterviewStatus.Definitief,
                Respondenttype = demo.Respondenttype,
                GeplandOpUtc = gepland,
                DuurMinuten = 90,
                IngediendOpUtc = gepland.AddDays(2),
                DefinitiefOpUtc = gepland.AddDays(14),
                BevestigdDoor = "respondent (fictief)",
                GewijzigdOpUtc = gepland.AddDays(14),
                GewijzigdDoor = Door,
                Fictief = true,
                Versie = 1,
            };
            interview.Antwoorden = MetOpenAntwoorden(DemoInterviews.Antwoorden(demo, inhoud), inhoud, i);
            db.Interviews.Add(interview);
            db.Gebeurtenissen.Add(new InterviewGebeurtenis
            {
                InterviewId = interview.Id,
                MomentUtc = gepland.AddDays(14),
                Door = Door,
                Soort = "demodata",
                Omschrijving = "Fictief interview uit de demodata: nooit afgenomen, de antwoorden zijn verzonnen.",
            });
        }
    }

    private static Dictionary<string, Antwoord> MetOpenAntwoorden(Dictionary<string, Antwoord> antwoorden, Vragenlijstinhoud inhoud, int index)
    {
        var lijsten = new Dictionary<string, string[]> { ["16"] = Eigenwerk, ["17"] = Positief, ["18"] = Belemmeringen, ["19"] = Impact };
        foreach (var vraag in inhoud.Vragen.Where(v => !v.IsGescoord && lijsten.ContainsKey(v.Nummer)))
        {
            var lijst = lijsten[vraag.Nummer];
            antwoorden[vraag.Nummer] = new Antwoord(Tekst: lijst[index % lijst.Length]);
        }

        return antwoorden;
    }

    private static async Task<DirectieGegevens> DirectieAsync(IOrganisatieQueries organisatie, string afkorting, CancellationToken ct) =>
        await organisatie.DirectieMetAfkortingAsync(afkorting, ct)
        ?? throw new InvalidOperationException($"Demo interview for directie '{afkorting}', which the demo organisation does not have.");

    /// <summary>A stable id from a name, so the demo data is the same in every fresh database.</summary>
    private static Guid Sleutel(string naam) => new(SHA256.HashData(Encoding.UTF8.GetBytes("idcyclus-vragenlijst-demo:" + naam)).AsSpan(0, 16));
}
