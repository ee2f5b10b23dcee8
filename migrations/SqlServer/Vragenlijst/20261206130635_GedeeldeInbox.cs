using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Vragenlijst
{
    /// <inheritdoc />
    public partial class GedeeldeInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                schema: "vragenlijst",
                table: "inbox",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                schema: "vragenlijst",
                table: "inbox",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(400)",
                oldMaxLength: 400);
        }
    }
}
