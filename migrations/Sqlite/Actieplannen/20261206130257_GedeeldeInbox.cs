using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Actieplannen
{
    /// <inheritdoc />
    public partial class GedeeldeInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
