using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Toegang
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IngetrokkenOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
