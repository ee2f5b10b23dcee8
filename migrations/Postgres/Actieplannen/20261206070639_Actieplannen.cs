using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Actieplannen
{
    /// <inheritdoc />
    public partial class Actieplannen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "actieplannen");

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "actieplannen",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "plannen",
                schema: "actieplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DirectieId = table.Column<Guid>(type: "uuid", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClusterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    LaatstBijgewerktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plannen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bijlagen",
                schema: "actieplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActieplanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Inhoudstype = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Inhoud = table.Column<byte[]>(type: "bytea", nullable: false),
                    GeuploadOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bijlagen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalSchema: "actieplannen",
                        principalTable: "plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gebeurtenissen",
                schema: "actieplannen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActieplanId = table.Column<Guid>(type: "uuid", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gebeurtenissen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalSchema: "actieplannen",
                        principalTable: "plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "versies",
                schema: "actieplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActieplanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InhoudJson = table.Column<string>(type: "text", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IngediendOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IngediendDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GoedgekeurdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    GoedgekeurdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Terugkoppeling = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_versies_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalSchema: "actieplannen",
                        principalTable: "plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "voortgang",
                schema: "actieplannen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActieplanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActieSleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notitie = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BijgewerktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voortgang", x => x.Id);
                    table.ForeignKey(
                        name: "FK_voortgang_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalSchema: "actieplannen",
                        principalTable: "plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bijlagen_ActieplanId",
                schema: "actieplannen",
                table: "bijlagen",
                column: "ActieplanId");

            migrationBuilder.CreateIndex(
                name: "IX_gebeurtenissen_ActieplanId",
                schema: "actieplannen",
                table: "gebeurtenissen",
                column: "ActieplanId");

            migrationBuilder.CreateIndex(
                name: "IX_plannen_DirectieId_Jaar",
                schema: "actieplannen",
                table: "plannen",
                columns: new[] { "DirectieId", "Jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_versies_ActieplanId_Nummer",
                schema: "actieplannen",
                table: "versies",
                columns: new[] { "ActieplanId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_voortgang_ActieplanId_ActieSleutel",
                schema: "actieplannen",
                table: "voortgang",
                columns: new[] { "ActieplanId", "ActieSleutel" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bijlagen",
                schema: "actieplannen");

            migrationBuilder.DropTable(
                name: "gebeurtenissen",
                schema: "actieplannen");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "actieplannen");

            migrationBuilder.DropTable(
                name: "versies",
                schema: "actieplannen");

            migrationBuilder.DropTable(
                name: "voortgang",
                schema: "actieplannen");

            migrationBuilder.DropTable(
                name: "plannen",
                schema: "actieplannen");
        }
    }
}
