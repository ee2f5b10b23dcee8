using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Toegang
{
    /// <inheritdoc />
    public partial class Aanmeldlogboek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Aanmeldgebeurtenissen",
                schema: "toegang",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Wijze = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersoonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Adres = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanmeldgebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldgebeurtenissen_MomentUtc",
                schema: "toegang",
                table: "Aanmeldgebeurtenissen",
                column: "MomentUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldgebeurtenissen_PersoonId",
                schema: "toegang",
                table: "Aanmeldgebeurtenissen",
                column: "PersoonId");

            // The sign-in log is evidence: the database itself refuses to change or delete a row, whatever the
            // application does (docs/modules/toegang.md also describes the grants for the application's user).
            migrationBuilder.Sql("""
                CREATE FUNCTION toegang.aanmeldlogboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Het aanmeldlogboek kan niet worden gewijzigd of verwijderd.';
                END $$;
                CREATE TRIGGER aanmeldlogboek_alleen_toevoegen BEFORE UPDATE OR DELETE ON toegang."Aanmeldgebeurtenissen"
                    FOR EACH ROW EXECUTE FUNCTION toegang.aanmeldlogboek_alleen_toevoegen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER aanmeldlogboek_alleen_toevoegen ON toegang."Aanmeldgebeurtenissen";
                DROP FUNCTION toegang.aanmeldlogboek_alleen_toevoegen();
                """);
            migrationBuilder.DropTable(
                name: "Aanmeldgebeurtenissen",
                schema: "toegang");
        }
    }
}
