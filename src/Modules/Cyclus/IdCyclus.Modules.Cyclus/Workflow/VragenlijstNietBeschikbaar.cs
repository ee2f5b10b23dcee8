using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// Used only when the host has not registered the Vragenlijst module: the runtime builds every form when it starts, so
/// the interview forms need an <see cref="IVragenlijstQueries"/> to exist. With this one they refuse (no questionnaire,
/// no interview) instead of the whole runtime failing. <c>AddVragenlijst</c> replaces it.
/// </summary>
internal sealed class VragenlijstNietBeschikbaar : IVragenlijstQueries
{
    public Task<VragenlijstversieGegevens?> GepubliceerdeVersieAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<VragenlijstversieGegevens?>(null);

    public Task<InterviewGegevens?> InterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default) =>
        Task.FromResult<InterviewGegevens?>(null);

    public Task<IReadOnlyList<InterviewGegevens>> InterviewsAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterviewGegevens>>([]);

    public Task<IReadOnlyList<VeldFout>> ControleerAntwoordenAsync(
        int jaar, IReadOnlyDictionary<string, string> antwoorden, string? respondenttype, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<VeldFout>>([new VeldFout(
            "Antwoorden",
            "De vragenlijstmodule is niet beschikbaar; de antwoorden kunnen niet worden gecontroleerd.")]);

    public Task<VragenlijstGegevens?> VragenlijstAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<VragenlijstGegevens?>(null);

    public Task<IReadOnlyList<InterviewscoresGegevens>> DefinitieveScoresAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterviewscoresGegevens>>([]);
}
