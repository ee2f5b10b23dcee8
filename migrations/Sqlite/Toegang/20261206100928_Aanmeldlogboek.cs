using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Toegang
{
    /// <inheritdoc />
    public partial class Aanmeldlogboek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "toegang_Aanmeldgebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Wijze = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersoonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_toegang_Aanmeldgebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_toegang_Aanmeldgebeurtenissen_MomentUtc",
                table: "toegang_Aanmeldgebeurtenissen",
                column: "MomentUtc");

            migrationBuilder.CreateIndex(
                name: "IX_toegang_Aanmeldgebeurtenissen_PersoonId",
                table: "toegang_Aanmeldgebeurtenissen",
                column: "PersoonId");

            // The sign-in log is evidence: the database itself refuses to change or delete a row.
            migrationBuilder.Sql("""
                CREATE TRIGGER toegang_aanmeldlogboek_niet_wijzigen BEFORE UPDATE ON toegang_Aanmeldgebeurtenissen
                BEGIN SELECT RAISE(ABORT, 'Het aanmeldlogboek kan niet worden gewijzigd of verwijderd.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER toegang_aanmeldlogboek_niet_verwijderen BEFORE DELETE ON toegang_Aanmeldgebeurtenissen
                BEGIN SELECT RAISE(ABORT, 'Het aanmeldlogboek kan niet worden gewijzigd of verwijderd.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER toegang_aanmeldlogboek_niet_wijzigen;");
            migrationBuilder.Sql("DROP TRIGGER toegang_aanmeldlogboek_niet_verwijderen;");
            migrationBuilder.DropTable(
                name: "toegang_Aanmeldgebeurtenissen");
        }
    }
}
