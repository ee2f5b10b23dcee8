using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Toegang
{
    /// <inheritdoc />
    public partial class AgendalinksDuiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agendalinks",
                schema: "toegang",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersoonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IngetrokkenOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agendalinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agendalinks_PersoonId",
                schema: "toegang",
                table: "Agendalinks",
                column: "PersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_Agendalinks_TokenHash",
                schema: "toegang",
                table: "Agendalinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agendalinks",
                schema: "toegang");
        }
    }
}
