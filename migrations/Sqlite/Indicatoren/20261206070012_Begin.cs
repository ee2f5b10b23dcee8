using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Indicatoren
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicatoren_definities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Niveaus = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Eenheid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PerMaand = table.Column<bool>(type: "INTEGER", nullable: false),
                    Peiljaarverschil = table.Column<int>(type: "INTEGER", nullable: false),
                    Classificatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Streefcijfer = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    StreefcijferBron = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DoelIndicatorId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TeltOp = table.Column<bool>(type: "INTEGER", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatoren_definities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicatoren_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Inhoud = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeuploadOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AfgerondOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Nieuw = table.Column<int>(type: "INTEGER", nullable: false),
                    Gewijzigd = table.Column<int>(type: "INTEGER", nullable: false),
                    Ongewijzigd = table.Column<int>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatoren_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicatoren_waarden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EenheidNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Getal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Symbool = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OnderSectieId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatoren_waarden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicatoren_waarden_indicatoren_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "indicatoren_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicatoren_historie",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaardeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Getal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Symbool = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GeldigTotUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VervangenDoorImportId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatoren_historie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicatoren_historie_indicatoren_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "indicatoren_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicatoren_historie_indicatoren_waarden_WaardeId",
                        column: x => x.WaardeId,
                        principalTable: "indicatoren_waarden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_definities_Jaar_IndicatorId",
                table: "indicatoren_definities",
                columns: new[] { "Jaar", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_historie_ImportId",
                table: "indicatoren_historie",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_historie_WaardeId",
                table: "indicatoren_historie",
                column: "WaardeId");

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_waarden_ImportId",
                table: "indicatoren_waarden",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_waarden_IndicatorId_EenheidId_Periode",
                table: "indicatoren_waarden",
                columns: new[] { "IndicatorId", "EenheidId", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicatoren_waarden_Jaar",
                table: "indicatoren_waarden",
                column: "Jaar");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicatoren_definities");

            migrationBuilder.DropTable(
                name: "indicatoren_historie");

            migrationBuilder.DropTable(
                name: "indicatoren_waarden");

            migrationBuilder.DropTable(
                name: "indicatoren_imports");
        }
    }
}
