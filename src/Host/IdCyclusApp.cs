using System.Globalization;
using IdCyclus.Host.Infrastructuur;
using IdCyclus.Modules.Actieplannen;
using IdCyclus.Modules.Opvolging;
using IdCyclus.Modules.Cyclus;
using IdCyclus.Modules.Indicatoren;
using IdCyclus.Modules.Organisatie;
using IdCyclus.Modules.Rapportage;
using IdCyclus.Modules.Toegang;
using IdCyclus.Modules.Vragenlijst;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Achtergrond;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace IdCyclus.Host;

internal static class IdCyclusApp
{
    private static readonly CultureInfo Nederlands = IdCyclus.Shared.Nederlands.Cultuur;

    public static async Task<int> VoerUitAsync(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        if (Cli.Opdrachten.VraagtHulp(args))
        {
            // Help needs no database and starts nothing: usage on stdout, exit 0. An unknown verb stays an error (below).
            if (verb is null)
            {
                await Console.Out.WriteLineAsync(Cli.Opdrachten.Overzicht());
                return 0;
            }

            if (Cli.Opdrachten.Zoek(verb) is { } opdracht)
            {
                await Console.Out.WriteLineAsync($"{opdracht.Naam}: {opdracht.Omschrijving}\n\n{opdracht.Gebruik}");
                return 0;
            }
        }

        switch (verb)
        {
            case null:
                var app = Bouw(args);
                if (!ToegangModule.MagStarten(app.Services, app.Environment, app.Logger)
                    || !Startcontrole.BasisUrlIngesteld(app.Configuration, app.Environment, app.Logger))
                {
                    return 3;
                }

                await BereidDatabaseVoorAsync(app);
                await app.RunAsync();
                return 0;
            case "migrate":
                return await Cli.Migreren.VoerUitAsync(Bouw(args[1..]));
            case "simulate":
                return await Cli.Simuleren.VoerUitAsync(args[1..]);
            case "vragenlijst":
                return await Cli.VragenlijstVerb.VoerUitAsync(args[1..]);
            case "actieplannen":
                return await Cli.VragenlijstVerb.VoerUitAsync(args[1..], ActieplannenModule.VoerOpdrachtUitAsync, []);
            case "indicatoren":
                // A person's own figures go into the database as they are: no demo figures mixed in (the organisation is).
                return await Cli.VragenlijstVerb.VoerUitAsync(args[1..], IndicatorenModule.VoerOpdrachtUitAsync, ["--Indicatoren:DemoCijfers=false"]);
            case "rapport":
                return await Cli.VragenlijstVerb.VoerUitAsync(args[1..], RapportageModule.VoerOpdrachtUitAsync, []);
            default:
                await Console.Error.WriteLineAsync($"Onbekende opdracht '{verb}'.");
                await Console.Error.WriteLineAsync(Cli.Opdrachten.Overzicht());
                return 2;
        }
    }

    /// <param name="extra">Replacements after the modules registered theirs (simulation clock and mailbox).</param>
    public static WebApplication Bouw(string[] args, Action<IServiceCollection>? extra = null)
    {
        CultureInfo.DefaultThreadCurrentCulture = Nederlands;
        CultureInfo.DefaultThreadCurrentUICulture = Nederlands;

        var builder = WebApplication.CreateBuilder(args);
        var database = builder.Configuration.GetSection(DatabaseOpties.Sectie).Get<DatabaseOpties>() ?? new DatabaseOpties();
        var verbinding = database.ResolveConnectionString(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(Infrastructuur.Klokstand.Kies(builder.Configuration, builder.Environment));

        builder.Services.AddRazorPages(options =>
            {
                // Pages live in their use-case folders (Features/<UseCase>/) in each module, with absolute routes.
                options.RootDirectory = "/";
            })
            .AddMvcOptions(options => options.ModelBindingMessageProvider.GebruikNederlandseBindingMeldingen())
            .ConfigureApplicationPartManager(parts =>
            {
                // Only the host's own part is discovered; every module adds its own explicitly (no scanning).
                foreach (var part in parts.ApplicationParts.Where(p => p is AssemblyPart a && a.Assembly != typeof(IdCyclusApp).Assembly).ToList())
                {
                    parts.ApplicationParts.Remove(part);
                }
            });
        builder.AddBeveiliging();
        builder.Services.AddVerzoeklimieten();
        builder.Services.AddHealthChecks().AddCheck<DatabaseGezondheid>("database");
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "idcyclus-af");

        // Modules, explicitly and in dependency order: Toegang reads Organisatie's roles when it seeds accounts.
        builder.Services.AddOrganisatie(database, verbinding);
        builder.Services.AddToegang(database, verbinding, builder.Configuration, builder.Environment);
        builder.Services.AddVragenlijst(database, verbinding);
        builder.Services.AddIndicatoren(database, verbinding);
        builder.Services.AddActieplannen(database, verbinding);
        builder.Services.AddRapportage(database, verbinding);
        builder.Services.AddOpvolging(database, verbinding);
        // The workflow runtime once, for every module that plugs definitions, forms, collections or templates into it.
        builder.Services.AddWorkflowRuntime(database, verbinding, builder.Configuration);
        builder.Services.AddCyclus();
        builder.Services.AddSingleton(new NavigatieItem("Achtergrondtaken", AchtergrondtakenDashboard.Pad, 24, user => user.IsBureau()));
        extra?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseBeveiliging();

        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Nederlands),
            SupportedCultures = [Nederlands],
            SupportedUICultures = [Nederlands],
        });

        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), ui =>
        {
            ui.UseExceptionHandler("/fout");
            ui.UseStatusCodePagesWithReExecute("/fout/{0}");
        });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseVerzoeklimieten();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAchtergrondtakenDashboard(user => user.IsBureau());

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = Gezondheidsrapport.SchrijfAsync }).AllowAnonymous();
        app.MapRazorPages();
        app.MapOrganisatie();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static async Task BereidDatabaseVoorAsync(WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseOpties>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IdCyclus.Database");
        if (database.MigreerBijStart)
        {
            await DatabaseBeheer.MigreerAsync(app.Services, logger, CancellationToken.None);
        }

        if (database.DemoData)
        {
            await DatabaseBeheer.VulDemoDataAsync(app.Services, CancellationToken.None);
        }
    }
}
