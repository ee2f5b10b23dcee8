using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// The interview rights of the interview page (Vragenlijst: Bureau, or the accounthouder of the directie's cluster, edits
/// the answers) applied to the task forms, from the roles on the day of the completion. Holding an interview task is no
/// way around them: the task form may change only what the same person could change on the interview page.
/// </summary>
internal static class InterviewRechten
{
    public static Fout AntwoordenNietToegestaan { get; } = new("Antwoorden",
        "U mag de antwoorden van dit interview niet wijzigen: dat kunnen alleen Bureau en de accounthouder van het cluster. Er is niets gewijzigd.");

    public static Fout BevestigenNietToegestaan { get; } = new(string.Empty,
        "Alleen de trekker, directeur of een MT-lid van deze directie, of Bureau, kan de antwoorden bevestigen. Er is niets gewijzigd.");

    public static async Task<bool> IsBureauAsync(IOrganisatieQueries organisatie, Guid persoonId, DateOnly datum, CancellationToken ct) =>
        (await organisatie.RollenVanAsync(persoonId, datum, ct)).Any(r => r.Rol is Rol.Projectleider or Rol.DataAnalist);

    public static async Task<bool> MagAntwoordenWijzigenAsync(
        IOrganisatieQueries organisatie, Guid persoonId, DirectieGegevens directie, DateOnly datum, CancellationToken ct) =>
        (await organisatie.RollenVanAsync(persoonId, datum, ct)).Any(r =>
            r.Rol is Rol.Projectleider or Rol.DataAnalist || (r.Rol == Rol.Accounthouder && r.ClusterId == directie.ClusterId));
}
