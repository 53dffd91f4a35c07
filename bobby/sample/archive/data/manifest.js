window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1609387214",
    "userName" : "skerrow_light",
    "displayName" : "skerrow_light"
  },
  "archiveInfo" : {
    "sizeBytes" : "1",
    "generationDate" : "2024-11-16T11:33:22.222Z",
    "isPartialArchive" : false
  },
  "dataTypes" : {
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "1"
        }
      ]
    },
    "noteTweet" : {
      "files" : [
        {
          "fileName" : "data/note-tweet.js",
          "globalName" : "YTD.note_tweet.part0",
          "count" : "1"
        }
      ]
    },
    "deletedTweets" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweets.js",
          "globalName" : "YTD.deleted_tweets.part0",
          "count" : "1"
        }
      ]
    }
  }
}