using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Actieplannen
{
    /// <inheritdoc />
    public partial class Actieplannen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actieplannen_inbox",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "actieplannen_plannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    LaatstBijgewerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_plannen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "actieplannen_bijlagen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActieplanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Inhoudstype = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Grootte = table.Column<long>(type: "INTEGER", nullable: false),
                    Inhoud = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GeuploadOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_bijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actieplannen_bijlagen_actieplannen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalTable: "actieplannen_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actieplannen_gebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActieplanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_gebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actieplannen_gebeurtenissen_actieplannen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalTable: "actieplannen_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actieplannen_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActieplanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InhoudJson = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IngediendOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngediendDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GoedgekeurdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GoedgekeurdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Terugkoppeling = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_versies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actieplannen_versies_actieplannen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalTable: "actieplannen_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actieplannen_voortgang",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActieplanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActieSleutel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notitie = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BijgewerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actieplannen_voortgang", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actieplannen_voortgang_actieplannen_plannen_ActieplanId",
                        column: x => x.ActieplanId,
                        principalTable: "actieplannen_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actieplannen_bijlagen_ActieplanId",
                table: "actieplannen_bijlagen",
                column: "ActieplanId");

            migrationBuilder.CreateIndex(
                name: "IX_actieplannen_gebeurtenissen_ActieplanId",
                table: "actieplannen_gebeurtenissen",
                column: "ActieplanId");

            migrationBuilder.CreateIndex(
                name: "IX_actieplannen_plannen_DirectieId_Jaar",
                table: "actieplannen_plannen",
                columns: new[] { "DirectieId", "Jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actieplannen_versies_ActieplanId_Nummer",
                table: "actieplannen_versies",
                columns: new[] { "ActieplanId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actieplannen_voortgang_ActieplanId_ActieSleutel",
                table: "actieplannen_voortgang",
                columns: new[] { "ActieplanId", "ActieSleutel" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actieplannen_bijlagen");

            migrationBuilder.DropTable(
                name: "actieplannen_gebeurtenissen");

            migrationBuilder.DropTable(
                name: "actieplannen_inbox");

            migrationBuilder.DropTable(
                name: "actieplannen_versies");

            migrationBuilder.DropTable(
                name: "actieplannen_voortgang");

            migrationBuilder.DropTable(
                name: "actieplannen_plannen");
        }
    }
}
