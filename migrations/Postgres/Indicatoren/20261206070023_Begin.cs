using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Indicatoren
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "indicatoren");

            migrationBuilder.CreateTable(
                name: "definities",
                schema: "indicatoren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Niveaus = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Eenheid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Bron = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PerMaand = table.Column<bool>(type: "boolean", nullable: false),
                    Peiljaarverschil = table.Column<int>(type: "integer", nullable: false),
                    Classificatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Streefcijfer = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: true),
                    StreefcijferBron = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DoelIndicatorId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TeltOp = table.Column<bool>(type: "boolean", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "indicatoren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Inhoud = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeuploadOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AfgerondOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Nieuw = table.Column<int>(type: "integer", nullable: false),
                    Gewijzigd = table.Column<int>(type: "integer", nullable: false),
                    Ongewijzigd = table.Column<int>(type: "integer", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "waarden",
                schema: "indicatoren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EenheidNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Periode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Getal = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Symbool = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OnderSectieId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waarden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_waarden_imports_ImportId",
                        column: x => x.ImportId,
                        principalSchema: "indicatoren",
                        principalTable: "imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "historie",
                schema: "indicatoren",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WaardeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Getal = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Symbool = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    GeldigTotUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VervangenDoorImportId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_historie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_historie_imports_ImportId",
                        column: x => x.ImportId,
                        principalSchema: "indicatoren",
                        principalTable: "imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_historie_waarden_WaardeId",
                        column: x => x.WaardeId,
                        principalSchema: "indicatoren",
                        principalTable: "waarden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_definities_Jaar_IndicatorId",
                schema: "indicatoren",
                table: "definities",
                columns: new[] { "Jaar", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_historie_ImportId",
                schema: "indicatoren",
                table: "historie",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_historie_WaardeId",
                schema: "indicatoren",
                table: "historie",
                column: "WaardeId");

            migrationBuilder.CreateIndex(
                name: "IX_waarden_ImportId",
                schema: "indicatoren",
                table: "waarden",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_waarden_IndicatorId_EenheidId_Periode",
                schema: "indicatoren",
                table: "waarden",
                columns: new[] { "IndicatorId", "EenheidId", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_waarden_Jaar",
                schema: "indicatoren",
                table: "waarden",
                column: "Jaar");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definities",
                schema: "indicatoren");

            migrationBuilder.DropTable(
                name: "historie",
                schema: "indicatoren");

            migrationBuilder.DropTable(
                name: "waarden",
                schema: "indicatoren");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "indicatoren");
        }
    }
}
