using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Opvolging
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "opvolging");

            migrationBuilder.CreateTable(
                name: "afspraken",
                schema: "opvolging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Bron = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectieNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EigenaarPersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EigenaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    MinimaleUren = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: true),
                    VastgelegdOp = table.Column<DateOnly>(type: "date", nullable: false),
                    OorspronkelijkeDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    HuidigeDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    LaatsteVoortgangsmelding = table.Column<DateOnly>(type: "date", nullable: true),
                    AfgeslotenAlsGedaan = table.Column<bool>(type: "bit", nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Afsluittekst = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AfgeslotenDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_afspraken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "opvolging",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "gebeurtenissen",
                schema: "opvolging",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AfspraakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Op = table.Column<DateOnly>(type: "date", nullable: false),
                    OpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(2200)", maxLength: 2200, nullable: false),
                    DeadlineVan = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineNaar = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gebeurtenissen_afspraken_AfspraakId",
                        column: x => x.AfspraakId,
                        principalSchema: "opvolging",
                        principalTable: "afspraken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_afspraken_DirectieId",
                schema: "opvolging",
                table: "afspraken",
                column: "DirectieId");

            migrationBuilder.CreateIndex(
                name: "IX_afspraken_EigenaarPersoonId",
                schema: "opvolging",
                table: "afspraken",
                column: "EigenaarPersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_gebeurtenissen_AfspraakId",
                schema: "opvolging",
                table: "gebeurtenissen",
                column: "AfspraakId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gebeurtenissen",
                schema: "opvolging");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "opvolging");

            migrationBuilder.DropTable(
                name: "afspraken",
                schema: "opvolging");
        }
    }
}
