using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

internal sealed record DuidingsgesprekkenStarten(int Jaar, Handelende Door);

/// <summary>
/// Bureau starts the duidingsgesprekken of a report year from the cycle page, once the definitive report is published:
/// publishes <c>duidingsgesprekken-{jaar}</c> (identical JSON is accepted again) and starts it under a unique key, so a
/// second click, also at the same moment, is refused by the runtime.
/// </summary>
internal sealed class DuidingsgesprekkenStartenHandler(WorkflowMotor motor, IRapportageQueries rapportage, TimeProvider klok)
{
    public async Task<Resultaat<Guid>> HandleAsync(DuidingsgesprekkenStarten opdracht, CancellationToken ct)
    {
        if (await rapportage.GepubliceerdAsync(opdracht.Jaar, ct) is null)
        {
            return Resultaat<Guid>.Mislukt("Jaar", $"Het definitieve rapport {opdracht.Jaar} is nog niet gepubliceerd; start de duidingsgesprekken daarna.");
        }

        var gepubliceerd = await motor.PubliceerAsync(Duidingsgesprekken.Maak(opdracht.Jaar), opdracht.Door.Naam, ct);
        if (!gepubliceerd.IsGelukt)
        {
            return Resultaat<Guid>.Mislukt(gepubliceerd.Fouten);
        }

        return await motor.StartAsync(Duidingsgesprekken.DefinitieId(opdracht.Jaar), gepubliceerd.Waarde.Versie, klok.GetUtcNow(), opdracht.Door, ct,
            Duidingsgesprekken.StartSleutel(opdracht.Jaar));
    }
}
