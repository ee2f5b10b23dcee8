using IdCyclus.Modules.Toegang.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Toegang
{
    /// <summary>
    /// The sign-in log is append-only in the database too, as on SQLite and PostgreSQL (ADR 0016): an UPDATE or DELETE on
    /// a row fails whatever the application does. No model change, so no target model of its own; written by hand.
    /// </summary>
    [DbContext(typeof(ToegangDbContext))]
    [Migration("20261206130000_AanmeldlogboekAlleenToevoegen")]
    public partial class AanmeldlogboekAlleenToevoegen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // INSTEAD OF: the statement never touches a row; THROW aborts it (and the transaction) with the Dutch text.
            migrationBuilder.Sql("""
                CREATE TRIGGER [toegang].[aanmeldlogboek_alleen_toevoegen] ON [toegang].[Aanmeldgebeurtenissen]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    THROW 50016, N'Het aanmeldlogboek kan niet worden gewijzigd of verwijderd.', 1;
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [toegang].[aanmeldlogboek_alleen_toevoegen];");
        }
    }
}
