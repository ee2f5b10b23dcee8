using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// The one rule for moments in every module's database: a <see cref="DateTime"/> is stored as UTC and read back as UTC.
/// SQLite keeps no kind at all, so without this a moment read from SQLite is "Unspecified" and would be shown or
/// compared as local time. Each module's DbContext applies it in <c>ConfigureConventions</c>.
/// </summary>
public static class UtcDatums
{
    public static ModelConfigurationBuilder GebruikUtcDatums(this ModelConfigurationBuilder configuratie)
    {
        configuratie.Properties<DateTime>().HaveConversion<UtcConverter>();
        configuratie.Properties<DateTime?>().HaveConversion<UtcConverterMetNull>();
        return configuratie;
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(v => NaarUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class UtcConverterMetNull() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? NaarUtc(v.Value) : v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    // Every writer passes UTC already (TimeProvider.GetUtcNow().UtcDateTime); a local value would be a bug, and
    // converting it keeps the stored moment right instead of storing the wrong hour.
    private static DateTime NaarUtc(DateTime v) => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc);
}
