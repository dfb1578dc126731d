// The self-contained browser build of mammoth; its Node build reaches for fs, os and path.
declare module 'mammoth/mammoth.browser.js' {
  interface Message {
    type: 'warning' | 'error'
    message: string
  }
  const mammoth: {
    extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: Message[] }>
  }
  export default mammoth
}
