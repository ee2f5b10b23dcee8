using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Opvolging
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opvolging_afspraken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EigenaarPersoonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EigenaarNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MinimaleUren = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    VastgelegdOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OorspronkelijkeDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HuidigeDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LaatsteVoortgangsmelding = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfgeslotenAlsGedaan = table.Column<bool>(type: "INTEGER", nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Afsluittekst = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AfgeslotenDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvolging_afspraken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opvolging_inbox",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvolging_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "opvolging_gebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AfspraakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Op = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: false),
                    DeadlineVan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineNaar = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvolging_gebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opvolging_gebeurtenissen_opvolging_afspraken_AfspraakId",
                        column: x => x.AfspraakId,
                        principalTable: "opvolging_afspraken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opvolging_afspraken_DirectieId",
                table: "opvolging_afspraken",
                column: "DirectieId");

            migrationBuilder.CreateIndex(
                name: "IX_opvolging_afspraken_EigenaarPersoonId",
                table: "opvolging_afspraken",
                column: "EigenaarPersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_opvolging_gebeurtenissen_AfspraakId",
                table: "opvolging_gebeurtenissen",
                column: "AfspraakId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opvolging_gebeurtenissen");

            migrationBuilder.DropTable(
                name: "opvolging_inbox");

            migrationBuilder.DropTable(
                name: "opvolging_afspraken");
        }
    }
}
