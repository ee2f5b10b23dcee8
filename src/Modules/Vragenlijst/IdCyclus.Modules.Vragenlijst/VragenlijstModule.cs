using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Features.Bevestigen;
using IdCyclus.Modules.Vragenlijst.Features.Importeren;
using IdCyclus.Modules.Vragenlijst.Features.Lezen;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IdCyclus.Modules.Vragenlijst;

/// <summary>
/// Questionnaire versions per year, interviews with their answers, scoring and the year-over-year comparison.
/// The host calls this method, nothing else.
/// </summary>
public static class VragenlijstModule
{
    public static IServiceCollection AddVragenlijst(this IServiceCollection services, DatabaseOpties database, string connectionString)
    {
        services.AddOptions<VragenlijstOpties>().BindConfiguration(VragenlijstOpties.Sectie);
        // The 2023 and 2024 questionnaires are reference data, not demo data: every database gets them right after migrating.
        services.AddModule<VragenlijstDbContext>(database, connectionString, VragenlijstDbContext.Schema,
            demodata: (diensten, ct) => diensten.GetRequiredService<IOptions<VragenlijstOpties>>().Value.DemoInterviews
                ? DemoSeed.VulAsync(diensten, ct)
                : Task.CompletedTask,
            naMigratie: (diensten, ct) => VersieSeed.VulAsync(
                diensten.GetRequiredService<VragenlijstDbContext>(), diensten.GetRequiredService<TimeProvider>(), ct));

        services.AddScoped<IVragenlijstQueries, VragenlijstQueries>();
        services.AddScoped<ScoreLezer>();
        services.AddScoped<Features.Verantwoording.VerantwoordingLezer>();
        services.AddScoped<IVragenlijstVerantwoording>(diensten => diensten.GetRequiredService<Features.Verantwoording.VerantwoordingLezer>());
        services.AddScoped<InterviewImporteur>();
        services.AddScoped<Interviewwijziging>();
        services.AddScoped<Features.VersieWijzigen.VersieWijzigenHandler>();
        services.AddScoped<Features.VersieKopieren.VersieKopierenHandler>();
        services.AddScoped<Features.VersieKopieren.EerderJaarHandler>();
        services.AddScoped<Features.Opslaan.InterviewOpslaanHandler>();
        services.AddScoped<Features.Vaststellen.InterviewVaststellenHandler>();
        services.AddScoped<Features.Corrigeren.InterviewCorrigerenHandler>();
        services.AddScoped<Features.Indienen.InterviewIndienenHandler>();
        services.AddScoped<Features.Plannen.InterviewPlannenHandler>();
        services.AddScoped<InterviewBevestigenHandler>();
        services.AddIntegratieHandler<InterviewIngediend, Features.Indienen.InterviewIngediendHandler>();
        services.AddIntegratieHandler<InterviewBevestigd, InterviewBevestigdHandler>();
        services.AddIntegratieHandler<InterviewGepland, Features.Plannen.InterviewGeplandHandler>();

        services.AddSingleton(new NavigatieItem("Interviews", "/interviews", 13,
            user => user.ZietAlles() || user.Clusters().Count > 0 || user.Directies().Count > 0));
        services.AddSingleton(new NavigatieItem("Scores", "/scores", 14,
            user => user.ZietAlles() || user.Clusters().Count > 0 || user.IsInRole(Rollen.Gmt)));
        services.AddSingleton(new NavigatieItem("Vragenlijsten", "/vragenlijsten", 23, user => user.IsBureau()));
        return services;
    }

    /// <summary>
    /// For a simulation of a cycle year without a published questionnaire: publishes a copy of the latest one, as Bureau
    /// would during the voorbereiding, so that the cycle's forms can run. Never used by the web host.
    /// </summary>
    public static async Task ZorgVoorVersieAsync(IServiceProvider diensten, int jaar, CancellationToken ct)
    {
        await using var scope = diensten.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VragenlijstDbContext>();
        if (await db.Versies.AnyAsync(v => v.Jaar == jaar, ct))
        {
            return;
        }

        var laatste = await db.Versies.Where(v => v.Jaar < jaar && v.Status == VersieStatus.Gepubliceerd).OrderByDescending(v => v.Jaar).FirstAsync(ct);
        var nu = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var kopie = new Vragenlijstversie
        {
            Id = Guid.CreateVersion7(),
            Jaar = jaar,
            Naam = $"Vragenlijst voortgangsrapportage actieplannen I&D {jaar} (kopie van {laatste.Jaar}, simulatie)",
            Meetperiode = $"maart {jaar - 1} tot en met maart {jaar}",
            Status = VersieStatus.Gepubliceerd,
            VorigeVersieId = laatste.Id,
            InhoudJson = "{}",
            AangemaaktOpUtc = nu,
            GepubliceerdOpUtc = nu,
            GepubliceerdDoor = "simulatie",
        };
        kopie.Inhoud = Domain.Versiebeheer.KopieVoorVolgendJaar(laatste.Inhoud);
        db.Versies.Add(kopie);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The command verbs (import, scores) need the same services without the web host.</summary>
    public static async Task<int> VoerOpdrachtUitAsync(IServiceProvider diensten, string[] args, TextWriter uit, TextWriter fout, CancellationToken ct) =>
        await Features.Opdrachten.VragenlijstOpdracht.VoerUitAsync(diensten, args, uit, fout, ct);
}
