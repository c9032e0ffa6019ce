import AppSchema
import DBCommands

DB.main(schema: AppSchema.self)
