namespace IdCyclus.Modules.Organisatie.Domain;

internal sealed class Persoon
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Naam { get; set; }

    public required string Email { get; set; }
}
